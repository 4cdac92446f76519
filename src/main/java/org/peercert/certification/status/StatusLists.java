package org.peercert.certification.status;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.certification.RevocationList;
import org.peercert.certification.ob3.OpenBadges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revocation list as a signed {@code BitstringStatusListCredential} at a stable public address. The database
 * holds the truth: a version counter bumped in the same transaction as each revoke or supersede, and the list last
 * signed with the version it was built from. So every instance serves the current list, and the list is rebuilt
 * and re-signed once per change, not per request; the version is also the HTTP ETag.
 */
@Service
public class StatusLists {

    private static final int LIST = 1;

    private final JdbcTemplate jdbc;
    private final OpenBadges badges;
    private final Clock clock;
    private final String url;
    private final String baseUrl;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile @Nullable RevocationList last;

    StatusLists(JdbcTemplate jdbc, OpenBadges badges, Clock clock, @Value("${peercert.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.badges = badges;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.url = this.baseUrl + RevocationList.PATH;
    }

    /** The {@code credentialStatus} of the certificate at this position. */
    public Map<String, Object> entry(int index) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", url + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", "revocation");
        entry.put("statusListIndex", Integer.toString(index));
        entry.put("statusListCredential", url);
        return entry;
    }

    /** A certificate was revoked or superseded: call in the same transaction as that change. */
    public void changed() {
        jdbc.update("UPDATE status_list SET version = version + 1 WHERE id = ?", LIST);
    }

    /**
     * The list as of now. The version and the withdrawn certificates are read in one transaction (one snapshot), so
     * the list signed is exactly that version's; an older signature never overwrites a newer one.
     */
    @Transactional
    public RevocationList current() {
        long version = jdbc.queryForObject("SELECT version FROM status_list WHERE id = ?", Long.class, LIST);
        RevocationList memory = last;
        if (memory != null && memory.version() == version) {
            return memory;
        }
        RevocationList stored = jdbc.query("SELECT signed_version, signed_json, signed_jwt FROM status_list WHERE id = ? AND signed_version = ?",
                (rs, row) -> new RevocationList(rs.getLong(1), rs.getString(2), rs.getString(3)), LIST, version).stream().findFirst()
                .orElseGet(() -> sign(version));
        last = stored;
        return stored;
    }

    private RevocationList sign(long version) {
        var bits = BitstringStatusList.empty();
        jdbc.queryForList("SELECT status_list_index FROM certificate WHERE status_list_index IS NOT NULL"
                + " AND (revoked_at IS NOT NULL OR superseded_by IS NOT NULL)", Integer.class).forEach(bits::set);
        var subject = new LinkedHashMap<String, Object>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", bits.encode());
        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", List.of(OpenBadges.VC_CONTEXT));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", Map.of("id", baseUrl, "name", "PeerCert"));
        // whole seconds: the JWT's nbf has no fraction and must equal validFrom
        credential.put("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("credentialSubject", subject);
        var signed = new RevocationList(version, json.writeValueAsString(credential), badges.sign(credential));
        jdbc.update("UPDATE status_list SET signed_version = ?, signed_json = ?, signed_jwt = ? WHERE id = ?"
                + " AND (signed_version IS NULL OR signed_version < ?)", version, signed.json(), signed.jwt(), LIST, version);
        return signed;
    }
}
