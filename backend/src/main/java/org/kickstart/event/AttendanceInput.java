package org.kickstart.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Who came to one occurrence (the contract's AttendanceInput). */
public record AttendanceInput(@NotNull @Min(0) @Max(100000) Integer total, @NotNull @Min(0) @Max(100000) Integer firstTime,
        @Valid AgeBands ageBands) {

    /** Counts by age band, each optional (the contract's AgeBands). */
    public record AgeBands(@Min(0) Integer under16, @Min(0) Integer age16to24, @Min(0) Integer age25to34,
            @Min(0) Integer age35to49, @Min(0) Integer age50to64, @Min(0) Integer age65to74, @Min(0) Integer age75plus) {

        int sum() {
            return java.util.stream.Stream.of(under16, age16to24, age25to34, age35to49, age50to64, age65to74, age75plus)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
        }
    }
}
