package org.zhicheng.starter.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated bearer token whose principal is the {@link ZhichengPrincipal}; the credentials are the JWT. */
public class ZhichengAuthentication extends AbstractAuthenticationToken {

    private final ZhichengPrincipal principal;
    private final Jwt token;

    public ZhichengAuthentication(ZhichengPrincipal principal, Jwt token,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.principal = principal;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public ZhichengPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return principal.subject();
    }

    /** The validated token, e.g. to relay it. */
    public Jwt token() {
        return token;
    }
}
