package org.peercert.curriculum;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source files of each loaded version (table {@code course_version_file}), so nothing about a version exists
 * only in the database: export zips them, authoring drafts from them, lesson images are served from them.
 * Plain JDBC: rows are written once and never change.
 */
@Service
public class CourseVersionFiles {

    private final JdbcTemplate jdbc;

    CourseVersionFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(long versionId, SortedMap<String, byte[]> files) {
        jdbc.batchUpdate("INSERT INTO course_version_file (course_version_id, path, content) VALUES (?, ?, ?)",
                files.entrySet().stream().map(f -> new Object[] {versionId, f.getKey(), f.getValue()}).toList());
    }

    boolean has(long versionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM course_version_file WHERE course_version_id = ?)", Boolean.class, versionId));
    }

    /** The version's files by relative path, or empty when they were never stored (a version loaded before V19 whose folder is gone). */
    @Transactional(readOnly = true)
    public Optional<SortedMap<String, byte[]>> files(long versionId) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        jdbc.query("SELECT path, content FROM course_version_file WHERE course_version_id = ?",
                rs -> { files.put(rs.getString(1), rs.getBytes(2)); }, versionId);
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    /** One file of a version (e.g. a lesson image). */
    @Transactional(readOnly = true)
    public Optional<byte[]> file(long versionId, String path) {
        return jdbc.query("SELECT content FROM course_version_file WHERE course_version_id = ? AND path = ?",
                (rs, n) -> rs.getBytes(1), versionId, path).stream().findFirst();
    }
}
