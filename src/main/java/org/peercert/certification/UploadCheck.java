package org.peercert.certification;

import org.jspecify.annotations.Nullable;

/** The verdict on an uploaded PDF and, when it is authentic, the certificate it carries (null if not on record). */
public record UploadCheck(UploadVerdict verdict, @Nullable CertificateDetails certificate) {}
