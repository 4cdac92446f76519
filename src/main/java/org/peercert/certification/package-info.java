/**
 * Certificates: issued once per completed enrollment (listening to {@link org.peercert.learning.CourseCompleted}),
 * rendered as a signed PDF, exported as an Open Badges 3.0 credential, revoked or reissued by admins.
 * {@link org.peercert.certification.CertificateService} is the API other modules use.
 */
@NullMarked
package org.peercert.certification;

import org.jspecify.annotations.NullMarked;
