package org.peercert.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.cohort.InviteeList.Entry;

/** Reading who to invite: pasted lines and CSV files the way spreadsheets save them. */
class InviteeListTest {

    private static List<Entry> csv(String text) {
        return InviteeList.fromCsv(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCsvWithoutHeaderIsNameThenEmail() {
        assertThat(csv("Ana López,ana@example.org\r\nBen,ben@example.org")).containsExactly(
                new Entry(1, "Ana López,ana@example.org", "Ana López", "ana@example.org"),
                new Entry(2, "Ben,ben@example.org", "Ben", "ben@example.org"));
    }

    @Test
    void aHeaderNamesTheColumnsInAnyOrderAndTheBomAndSemicolonsAreTolerated() {
        assertThat(csv("\uFEFFEmail;Name;Team\nana@example.org;Ana;North\n")).containsExactly(
                new Entry(2, "ana@example.org;Ana;North", "Ana", "ana@example.org"));
    }

    @Test
    void aSingleColumnIsTheAddressAndBlankRowsKeepTheRowNumbers() {
        assertThat(csv("email\n\nana@example.org\n , \nben@example.org")).extracting(Entry::row, Entry::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ana@example.org"), org.assertj.core.groups.Tuple.tuple(5, "ben@example.org"));
    }

    @Test
    void hostileCellsAreJustData() {
        assertThat(csv("\"=cmd|' /C calc'!A0\",\"@SUM(1+1)\"\n\"<script>x</script>\",a@example.org")).containsExactly(
                new Entry(1, "=cmd|' /C calc'!A0,@SUM(1+1)", "=cmd|' /C calc'!A0", "@SUM(1+1)"),
                new Entry(2, "<script>x</script>,a@example.org", "<script>x</script>", "a@example.org"));
    }

    @Test
    void pastedLinesAreAnAddressOrNameAndAddress() {
        assertThat(InviteeList.fromText("\"Ana López\" <ana@example.org>\n\nben@example.org\r\n")).containsExactly(
                new Entry(1, "\"Ana López\" <ana@example.org>", "Ana López", "ana@example.org"),
                new Entry(3, "ben@example.org", null, "ben@example.org"));
    }
}
