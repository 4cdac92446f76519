/** The trainee's certificates and the admin view (search, revoke, reissue). */
@NullMarked
package org.peercert.certification.ui;

import org.jspecify.annotations.NullMarked;
