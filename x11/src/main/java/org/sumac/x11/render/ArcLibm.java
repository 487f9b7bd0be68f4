package org.sumac.x11.render;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C library's maths functions, which X.Org's arc code uses; calling the same libm as Xvfb
 * gives bit-identical results where Java's StrictMath may differ in the last place. Falls back to
 * StrictMath when native calls are unavailable.
 */
final class ArcLibm {
    private static final MethodHandle SIN, COS, ATAN2, ASIN, ACOS, CBRT, HYPOT;

    static {
        MethodHandle sin = null, cos = null, atan2 = null, asin = null, acos = null, cbrt = null, hypot = null;
        try {
            Linker linker = Linker.nativeLinker();
            var lookup = linker.defaultLookup();
            FunctionDescriptor d1 = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
            FunctionDescriptor d2 = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE,
                ValueLayout.JAVA_DOUBLE);
            sin = linker.downcallHandle(lookup.find("sin").orElseThrow(), d1);
            cos = linker.downcallHandle(lookup.find("cos").orElseThrow(), d1);
            asin = linker.downcallHandle(lookup.find("asin").orElseThrow(), d1);
            acos = linker.downcallHandle(lookup.find("acos").orElseThrow(), d1);
            cbrt = linker.downcallHandle(lookup.find("cbrt").orElseThrow(), d1);
            atan2 = linker.downcallHandle(lookup.find("atan2").orElseThrow(), d2);
            hypot = linker.downcallHandle(lookup.find("hypot").orElseThrow(), d2);
        } catch (Throwable t) {
            sin = cos = atan2 = asin = acos = cbrt = hypot = null;
        }
        SIN = sin;
        COS = cos;
        ATAN2 = atan2;
        ASIN = asin;
        ACOS = acos;
        CBRT = cbrt;
        HYPOT = hypot;
    }

    private ArcLibm() {
    }

    static boolean isNative() {
        return SIN != null;
    }

    static double sin(double x) {
        if (SIN == null) return StrictMath.sin(x);
        try {
            return (double) SIN.invokeExact(x);
        } catch (Throwable t) {
            return StrictMath.sin(x);
        }
    }

    static double cos(double x) {
        if (COS == null) return StrictMath.cos(x);
        try {
            return (double) COS.invokeExact(x);
        } catch (Throwable t) {
            return StrictMath.cos(x);
        }
    }

    static double asin(double x) {
        if (ASIN == null) return StrictMath.asin(x);
        try {
            return (double) ASIN.invokeExact(x);
        } catch (Throwable t) {
            return StrictMath.asin(x);
        }
    }

    static double acos(double x) {
        if (ACOS == null) return StrictMath.acos(x);
        try {
            return (double) ACOS.invokeExact(x);
        } catch (Throwable t) {
            return StrictMath.acos(x);
        }
    }

    static double cbrt(double x) {
        if (CBRT == null) return StrictMath.cbrt(x);
        try {
            return (double) CBRT.invokeExact(x);
        } catch (Throwable t) {
            return StrictMath.cbrt(x);
        }
    }

    static double atan2(double y, double x) {
        if (ATAN2 == null) return StrictMath.atan2(y, x);
        try {
            return (double) ATAN2.invokeExact(y, x);
        } catch (Throwable t) {
            return StrictMath.atan2(y, x);
        }
    }

    static double hypot(double x, double y) {
        if (HYPOT == null) return StrictMath.hypot(x, y);
        try {
            return (double) HYPOT.invokeExact(x, y);
        } catch (Throwable t) {
            return StrictMath.hypot(x, y);
        }
    }
}
