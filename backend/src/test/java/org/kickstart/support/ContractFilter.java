package org.kickstart.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Validates every request and response of every API test against openapi.yaml: drift between
 * the code and the contract fails the test that shows it.
 */
public final class ContractFilter implements Filter {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(contractLocation())
            .withLevelResolver(LevelResolver.create()
                    // Tests of 401 call secured operations without a token on purpose.
                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private static volatile boolean installed;

    /** Set by {@link #expectInvalidRequest()}; read and cleared by the next request on this thread. */
    private static final ThreadLocal<Boolean> NEXT_IS_INVALID = ThreadLocal.withInitial(() -> false);

    private ContractFilter() {
    }

    /** Installs the filter for every RestAssured call in this JVM. */
    public static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ContractFilter());
            installed = true;
        }
    }

    /** The next request on this thread breaks the contract on purpose; the filter checks that it does. */
    static void expectInvalidRequest() {
        NEXT_IS_INVALID.set(true);
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        boolean mustBeInvalid = NEXT_IS_INVALID.get();
        NEXT_IS_INVALID.remove();
        if (!req.getDerivedPath().startsWith("/api/")) {
            return ctx.next(req, res); // platform endpoints (/q/health, /q/openapi) are not part of the API contract
        }
        ValidationReport request = VALIDATOR.validateRequest(RestAssuredRequest.of(req));
        if (mustBeInvalid) {
            assertTrue(request.hasErrors(), "expected openapi.yaml to reject this request: " + req.getMethod() + " " + req.getURI());
        } else if (request.hasErrors()) {
            fail("Request breaks openapi.yaml: " + req.getMethod() + " " + req.getURI() + "\n" + request);
        }
        Response response = ctx.next(req, res);
        boolean outsideContract = request.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed"));
        if (outsideContract) {
            return response; // no operation to check the answer against
        }
        ValidationReport answer = VALIDATOR.validateResponse(req.getDerivedPath(),
                com.atlassian.oai.validator.model.Request.Method.valueOf(req.getMethod()), RestAssuredResponse.of(response));
        if (answer.hasErrors()) {
            fail("Response breaks openapi.yaml: " + req.getMethod() + " " + req.getURI() + " → " + response.statusCode()
                    + "\n" + answer + "\nbody: " + response.asString());
        }
        return response;
    }

    private static String contractLocation() {
        String path = System.getProperty("kickstart.contract", "../openapi.yaml");
        return Path.of(path).toAbsolutePath().normalize().toUri().toString();
    }
}
