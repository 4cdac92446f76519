/** The organisation signing key: a configured PKCS#12 keystore, or a development key generated once. */
@NullMarked
package org.peercert.certification.signing;

import org.jspecify.annotations.NullMarked;
