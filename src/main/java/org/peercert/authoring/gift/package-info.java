/**
 * Moodle's GIFT text format (docs.moodle.org "GIFT format"), read into curriculum questions for a course's
 * question bank and written back. Plain Java, no Spring: {@link org.peercert.authoring.gift.GiftImporter} and
 * {@link org.peercert.authoring.gift.GiftExporter}; {@code org.peercert.authoring.GiftImports} puts them to work
 * on a draft.
 */
@NullMarked
package org.peercert.authoring.gift;

import org.jspecify.annotations.NullMarked;
