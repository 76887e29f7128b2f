package org.cmmm.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method that must see every region: support screens, the statistics batch, start-up seeding,
 * the duplicate-USCC check at registration. Its name ends in {@code AcrossRegions} as well, so that a reader
 * sees the exception to the tenant rule where it is called.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AcrossRegions {
}
