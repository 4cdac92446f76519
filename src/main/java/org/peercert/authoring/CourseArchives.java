package org.peercert.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseVersionFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course versions as zips in the {@code curriculum/} format (one top-level folder named after the course): export
 * any version from its stored files; import a zip as a new draft (read by {@link SafeZip}, then validated like any
 * draft: its problems come from {@link Drafts#validate} as file:line).
 */
@Service
public class CourseArchives {

    /** Entries carry a fixed time, so exporting the same version twice gives the same bytes. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315532800000L);

    private final CourseCatalog catalog;
    private final CourseVersionFiles versionFiles;
    private final CourseEditors editors;
    private final Drafts drafts;

    CourseArchives(CourseCatalog catalog, CourseVersionFiles versionFiles, CourseEditors editors, Drafts drafts) {
        this.catalog = catalog;
        this.versionFiles = versionFiles;
        this.editors = editors;
        this.drafts = drafts;
    }

    @Transactional(readOnly = true)
    public void exportVersion(long actorId, long courseVersionId, OutputStream zip) {
        editors.requireStaff(actorId);
        var version = catalog.courseVersion(courseVersionId).orElseThrow(() -> AuthoringException.notFound("No course version #" + courseVersionId + "."));
        editors.requireEditor(actorId, version.courseKey());
        SortedMap<String, byte[]> files = versionFiles.files(courseVersionId).orElseThrow(() -> AuthoringException.invalid(
                "Version " + version.version() + " was loaded before course files were kept; put its folder back in curriculum/ and restart."));
        try {
            var out = new ZipOutputStream(zip);
            for (var file : files.entrySet()) {
                var entry = new ZipEntry(version.courseKey() + "/" + file.getKey());
                entry.setLastModifiedTime(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(file.getValue());
                out.closeEntry();
            }
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the zip as a new draft; refuses unsafe zips (limits, paths outside the root) with INVALID. A zip of a
     * course the actor may edit is based on that version (or the newest); a zip of an unknown course id makes the
     * actor its owner.
     */
    @Transactional
    public long importAsDraft(long actorId, InputStream zip) {
        editors.requireStaff(actorId);
        SortedMap<String, byte[]> files = SafeZip.read(zip);
        String key = CourseYaml.id(files.get("course.yaml"))
                .orElseThrow(() -> AuthoringException.invalid("course.yaml:1: the course needs an 'id' (lower-case letters, digits, dashes)."));
        var published = catalog.publishedCourse(key);
        @Nullable Long basedOn = null;
        if (published.isPresent() || editors.anyEditor(key)) {
            editors.requireEditor(actorId, key);
            String version = versionLine(files.get("course.yaml"));
            basedOn = catalog.courseVersion(key, version).or(() -> published)
                    .map(CourseCatalog.CourseOverview::versionId).orElse(null);
        } else {
            drafts.requireNewKey(key);
            editors.makeOwner(actorId, key);
        }
        return drafts.createImported(actorId, key, basedOn, files, "imported a zip of " + files.size() + " files");
    }

    private static String versionLine(byte[] courseYaml) {
        var m = java.util.regex.Pattern.compile("(?m)^version:[ \\t]*[\"']?([^\"'\\s]+)").matcher(new String(courseYaml, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : "";
    }
}
