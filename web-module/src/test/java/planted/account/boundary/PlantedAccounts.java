package planted.account.boundary;

import jakarta.ejb.Stateless;
import java.util.Optional;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.Public;
import planted.account.entity.PlantedAccount;

/** Planted: a boundary public on its class, one method restricted, one returning an account to any visitor. */
@Stateless
@Public
public class PlantedAccounts {

    public Optional<PlantedAccount> findByUserName(String userName) {
        return Optional.empty();
    }

    @Allowed(system = true)
    public void restricted() {
    }
}
