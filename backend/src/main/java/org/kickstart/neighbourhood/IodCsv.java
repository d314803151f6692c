package org.kickstart.neighbourhood;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kickstart.common.Problem.FieldError;

/**
 * Reads English Indices of Deprivation rows in either layout: the short snake_case headers of
 * a derived file ({@code lsoa_code, lsoa_name, lad_code, IMD_decile, IMD_rank}) or the official
 * "File 7" headers ("LSOA code (2021)", "Index of Multiple Deprivation (IMD) Rank (where 1 is
 * most deprived)", ...). Columns are found by what their header says, not by position.
 */
final class IodCsv {

    /** The LSOAs ranked in each edition: rank N is the least deprived. */
    static int lsoaCount(String edition) {
        return "IoD2019".equals(edition) ? 32_844 : 33_755;
    }

    record Row(int line, String code, String name, String lad, int decile, int rank, Integer population) {
    }

    final int code;
    final int name;
    final int lad;
    final int decile;
    final int rank;
    final int population;

    private IodCsv(int code, int name, int lad, int decile, int rank, int population) {
        this.code = code;
        this.name = name;
        this.lad = lad;
        this.decile = decile;
        this.rank = rank;
        this.population = population;
    }

    /** Finds the columns, or lists which are missing. */
    static IodCsv of(List<String> header, List<FieldError> errors) {
        int code = -1, name = -1, lad = -1, decile = -1, rank = -1, population = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim().toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean imd = h.startsWith("imd ") || h.startsWith("index of multiple deprivation");
            if (code < 0 && h.startsWith("lsoa code")) {
                code = i;
            } else if (name < 0 && h.startsWith("lsoa name")) {
                name = i;
            } else if (lad < 0 && (h.startsWith("lad code") || h.startsWith("local authority district code"))) {
                lad = i;
            } else if (decile < 0 && imd && h.contains("decile")) {
                decile = i;
            } else if (rank < 0 && imd && h.contains("rank")) {
                rank = i;
            } else if (population < 0 && (h.equals("population") || h.startsWith("total population"))) {
                population = i;
            }
        }
        String[][] required = { { "lsoa_code", "" + code }, { "lsoa_name", "" + name }, { "lad_code", "" + lad },
                { "IMD_decile", "" + decile }, { "IMD_rank", "" + rank } };
        for (String[] r : required) {
            if (Integer.parseInt(r[1]) < 0) {
                errors.add(new FieldError("header", "has no " + r[0] + " column (or its IoD File 7 equivalent)"));
            }
        }
        return errors.isEmpty() ? new IodCsv(code, name, lad, decile, rank, population) : null;
    }

    String lad(List<String> record) {
        return lad < record.size() ? record.get(lad).trim() : "";
    }

    /** Validates one record; adds its errors as rows[line].column and returns null when it is bad. */
    Row parse(int line, List<String> r, String edition, List<FieldError> errors) {
        int before = errors.size();
        String prefix = "rows[" + line + "].";
        String c = get(r, code);
        if (!c.matches("^E01[0-9]{6}$")) {
            errors.add(new FieldError(prefix + "lsoa_code", "must be an English LSOA code such as E01010577, not '" + c + "'"));
        }
        String n = get(r, name);
        if (n.isEmpty() || n.length() > 200) {
            errors.add(new FieldError(prefix + "lsoa_name", "must be a name of 1 to 200 characters"));
        }
        int max = lsoaCount(edition);
        Integer rk = integer(get(r, rank));
        if (rk == null || rk < 1 || rk > max) {
            errors.add(new FieldError(prefix + "IMD_rank", "must be a whole number from 1 to " + max + " for " + edition));
        }
        Integer d = integer(get(r, decile));
        if (d == null || d < 1 || d > 10) {
            errors.add(new FieldError(prefix + "IMD_decile", "must be a whole number from 1 to 10"));
        } else if (rk != null && rk >= 1 && rk <= max && d != (int) Math.ceil(rk * 10.0 / max)) {
            errors.add(new FieldError(prefix + "IMD_decile", "is " + d + " but rank " + rk + " is in decile "
                    + (int) Math.ceil(rk * 10.0 / max) + " — are the columns mixed up?"));
        }
        Integer pop = null;
        if (population >= 0 && !get(r, population).isEmpty()) {
            pop = integer(get(r, population));
            if (pop == null || pop < 0) {
                errors.add(new FieldError(prefix + "population", "must be a whole number of 0 or more"));
            }
        }
        return errors.size() > before ? null : new Row(line, c, n, lad(r), d, rk, pop);
    }

    private static String get(List<String> r, int i) {
        return i >= 0 && i < r.size() ? r.get(i).trim() : "";
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<FieldError> cap(List<FieldError> errors, int max) {
        if (errors.size() <= max) {
            return errors;
        }
        List<FieldError> capped = new ArrayList<>(errors.subList(0, max));
        capped.add(new FieldError("rows", "and " + (errors.size() - max) + " more problems not listed"));
        return capped;
    }
}
