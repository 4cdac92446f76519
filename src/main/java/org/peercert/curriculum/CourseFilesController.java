package org.peercert.curriculum;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lesson images of published versions, public (a lesson page embeds them) at a stable address:
 * {@code /course-files/{versionId}/modules/<folder>/images/<name>}. A version never changes, so they are cached for
 * a year; {@code nosniff} keeps a browser from reading them as anything but the image type named.
 */
@RestController
class CourseFilesController {

    private static final Map<String, MediaType> TYPES = Map.of("png", MediaType.IMAGE_PNG, "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG, "gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"));

    private final CourseVersionFiles files;

    CourseFilesController(CourseVersionFiles files) {
        this.files = files;
    }

    @GetMapping("/course-files/{versionId}/modules/{folder}/images/{name:.+}")
    ResponseEntity<byte[]> image(@PathVariable long versionId, @PathVariable String folder, @PathVariable String name) {
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        MediaType type = TYPES.get(extension);
        if (type == null || folder.contains("..") || name.contains("..")) {
            return ResponseEntity.notFound().build();
        }
        return files.file(versionId, "modules/" + folder + "/images/" + name)
                .map(bytes -> ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff").body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
