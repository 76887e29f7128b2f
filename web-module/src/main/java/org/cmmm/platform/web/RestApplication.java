package org.cmmm.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The read-only JSON API for provincial systems and the pages: everything under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
