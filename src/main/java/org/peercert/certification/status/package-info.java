/**
 * Revocation published as a W3C Bitstring Status List: each certificate holds a random position in one signed list
 * of 131,072 bits; a withdrawn (revoked or superseded) certificate's bit is 1. Anyone can check a credential offline
 * against a copy of the list.
 */
@NullMarked
package org.peercert.certification.status;

import org.jspecify.annotations.NullMarked;
