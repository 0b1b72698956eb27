package org.eclipse.jface.util;

/**
 * GEF 3.2.100 (2007, the only GEF Classic on Maven Central) calls JFace's old {@code Assert}, which
 * today's JFace no longer has. This fragment of {@code org.eclipse.gef} puts it back for GEF alone
 * (GEF requires JFace with Require-Bundle, so a class JFace lacks is looked up in GEF's own class path),
 * delegating to {@link org.eclipse.core.runtime.Assert}.
 */
public final class Assert {

    private Assert() {
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }
}
