package planted.account.entity;

/** Planted: an account that holds a password hash. */
public class PlantedAccount {
    String passwordHash;
}
