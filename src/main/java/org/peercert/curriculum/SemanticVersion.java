package org.peercert.curriculum;

import java.util.Comparator;

/** Orders versions such as 1.2.0 < 1.10.0; a pre-release (1.0.0-rc.1) sorts before its release. */
final class SemanticVersion {

    static final Comparator<String> ORDER = SemanticVersion::compare;

    private SemanticVersion() {}

    static int compare(String a, String b) {
        String[] pa = a.split("-", 2);
        String[] pb = b.split("-", 2);
        String[] na = pa[0].split("\\.");
        String[] nb = pb[0].split("\\.");
        for (int i = 0; i < Math.max(na.length, nb.length); i++) {
            long x = i < na.length ? parse(na[i]) : 0;
            long y = i < nb.length ? parse(nb[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        if (pa.length != pb.length) {
            return pa.length == 1 ? 1 : -1;
        }
        return pa.length == 1 ? 0 : pa[1].compareTo(pb[1]);
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
