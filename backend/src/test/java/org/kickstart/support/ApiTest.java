package org.kickstart.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Base of every API test: signed tokens from the test OIDC server, the contract checked on
 * every request and response, and helpers to prove a refused write changed nothing.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public abstract class ApiTest {

    @Inject
    protected DataSource dataSource;

    @BeforeAll
    static void installContract() {
        ContractFilter.install();
    }

    /** A request as nobody in particular (no token). */
    protected static RequestSpecification anonymous() {
        return RestAssured.given().contentType("application/json");
    }

    /** A request carrying a signed access token for one of the demo people. */
    protected static RequestSpecification as(Tokens.Person person) {
        return anonymous().auth().oauth2(Tokens.token(person));
    }

    /** A request that breaks the contract on purpose; the filter checks that it really does. */
    protected static RequestSpecification invalid(RequestSpecification spec) {
        ContractFilter.expectInvalidRequest();
        return spec;
    }

    /** Empties the given tables (and what refers to them). */
    protected void truncate(String... tables) {
        exec("TRUNCATE " + String.join(", ", tables) + " CASCADE");
    }

    public void exec(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row a query returns, as text. */
    protected String one(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint of a table's whole content: equal before and after means nothing changed. */
    protected String snapshot(String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                        + table + " t")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static final Set<Integer> REFUSED = Set.of(400, 401, 403, 404, 409, 412, 428);
}
