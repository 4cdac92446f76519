package org.peercert.certification;

import java.util.Map;

/** A certificate's Open Badges 3.0 credential, as JSON and as a signed VC-JWT, with its current status. */
public record OpenBadge(CertificateStatus status, Map<String, Object> credential, String jwt) {}
