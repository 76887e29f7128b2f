package org.cmmm.report.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address a report's QR code holds, {@code /verify/{code}}: short enough for a small code and for typing from
 * paper. It leads to the verification page with the code, which does the lookup.
 */
@WebServlet("/verify/*")
public class VerifyAddress extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (code.length() > 40) {
            code = code.substring(0, 40); // no code is that long: the page says "not found" without echoing junk at length
        }
        response.sendRedirect(request.getContextPath() + "/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }
}
