/**
 * Public verification, no login: the page and JSON for an id, Open Badges export, verify-by-upload and
 * bulk CSV for employers; rate-limited per client. Ids never appear in logs at INFO.
 */
@NullMarked
package org.peercert.verification;

import org.jspecify.annotations.NullMarked;
