package io.stockobserver.api;

import io.stockobserver.security.OperatorIdentityStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/me}: who the caller is and which roles it holds, so a client (the operator console) can grey out
 * what the server would refuse. The server still checks every call; this only saves the operator a 403.
 */
@Path("/me")
@RequestScoped
public class MeResource {
    private static final List<String> ROLES =
            List.of(OperatorIdentityStore.ROLE, OperatorIdentityStore.BACKUP, OperatorIdentityStore.ADMIN);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller", description = "user and roles (operator, backup, admin)")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No or a wrong login")
    public Map<String, Object> me(@Context SecurityContext caller) {
        List<String> roles = new ArrayList<>();
        for (String role : ROLES) {
            if (caller.isUserInRole(role)) {
                roles.add(role);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "user",
                caller.getUserPrincipal() == null
                        ? null
                        : caller.getUserPrincipal().getName());
        out.put("roles", roles);
        return out;
    }
}
