package org.peercert.account;

import com.vaadin.flow.server.VaadinRequest;

/** Who is asking: the client address of the current Vaadin request, the key of the per-client mail limit. */
public final class RequestClient {

    private RequestClient() {}

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
