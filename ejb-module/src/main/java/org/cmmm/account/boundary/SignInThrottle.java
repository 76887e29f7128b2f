package org.cmmm.account.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import org.cmmm.account.control.AddressThrottle;
import org.cmmm.platform.boundary.Public;

/**
 * The failed sign-ins of each client address, for the whole platform ({@link AddressThrottle}); one instance, whose
 * rule is safe for concurrent callers. Sign-in asks it (through {@link AccountService}) before any password check.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Public
public class SignInThrottle {

    private final AddressThrottle throttle = new AddressThrottle();

    Clock clock = Clock.systemUTC();

    public boolean allows(String address) {
        return throttle.allows(address, clock.instant());
    }

    public void recordFailure(String address) {
        throttle.recordFailure(address, clock.instant());
    }
}
