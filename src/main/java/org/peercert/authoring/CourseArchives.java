package org.peercert.authoring;

import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.stereotype.Service;

/** Course versions as zips in the {@code curriculum/} format: export any version, import a zip as a new draft. */
@Service
public class CourseArchives {

    public void exportVersion(long actorId, long courseVersionId, OutputStream zip) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads the zip as a new draft; refuses unsafe zips (limits, paths outside the root) with INVALID. */
    public long importAsDraft(long actorId, InputStream zip) {
        throw new UnsupportedOperationException("not yet");
    }
}
