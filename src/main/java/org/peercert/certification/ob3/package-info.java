/** Open Badges 3.0 export: the credential as JSON and signed as a VC-JWT. */
@NullMarked
package org.peercert.certification.ob3;

import org.jspecify.annotations.NullMarked;
