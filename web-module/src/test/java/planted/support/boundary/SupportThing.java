package planted.support.boundary;

import jakarta.ejb.Stateless;

/** Planted: an EJB boundary whose public method does not say who may call it. */
@Stateless
public class SupportThing {
    public void anyoneMayCallThis() {
    }
}
