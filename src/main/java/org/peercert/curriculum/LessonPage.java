package org.peercert.curriculum;

/** A lesson ready to show: its Markdown rendered to sanitised HTML. */
public record LessonPage(long id, long versionId, String moduleKey, String title, int minutes, String html) {}
