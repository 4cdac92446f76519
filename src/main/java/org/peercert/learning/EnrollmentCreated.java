package org.peercert.learning;

/** A trainee was enrolled in a course version (not published again when they enroll a second time). */
public record EnrollmentCreated(long enrollmentId, long userId, String courseKey, String courseTitle, String version) {}
