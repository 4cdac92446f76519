/**
 * Authoring: trainers' drafts of course versions kept as curriculum files in the database, publishing a draft
 * as an immutable version through the curriculum importer, diffs, course zips, who may edit which course, and
 * the audit log of every change (docs/authoring.md).
 */
@NullMarked
package org.peercert.authoring;

import org.jspecify.annotations.NullMarked;
