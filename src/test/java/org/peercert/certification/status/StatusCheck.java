package org.peercert.certification.status;

import java.util.Map;

/**
 * What a verifier does offline with a credential and a copy of its status list: find the entry, decode the list,
 * read the bit. True when the credential is withdrawn.
 */
public final class StatusCheck {

    private StatusCheck() {}

    /** {@code credentialStatus} from the credential, {@code listSubject} the list credential's credentialSubject. */
    public static boolean revoked(Map<String, Object> credentialStatus, Map<String, Object> listSubject) {
        if (!"BitstringStatusListEntry".equals(credentialStatus.get("type"))
                || !"revocation".equals(credentialStatus.get("statusPurpose"))
                || !"revocation".equals(listSubject.get("statusPurpose"))
                || !"BitstringStatusList".equals(listSubject.get("type"))) {
            throw new IllegalArgumentException("not a revocation bitstring status list entry: " + credentialStatus);
        }
        int index = Integer.parseInt((String) credentialStatus.get("statusListIndex"));
        return BitstringStatusList.decode((String) listSubject.get("encodedList")).isSet(index);
    }
}
