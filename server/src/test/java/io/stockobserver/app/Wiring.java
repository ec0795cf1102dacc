package io.stockobserver.app;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Wires beans of other packages outside a container, as CDI would: sets their injected fields and calls their
 * lifecycle methods by name. Beans keep package-private injection points; only tests reach them this way.
 */
public final class Wiring {
    private Wiring() {}

    /** Sets {@code bean.field = value} (the field is declared on the bean's class). */
    public static <T> T inject(T bean, String field, Object value) {
        try {
            Field f = bean.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(
                    "cannot inject " + field + " into " + bean.getClass().getSimpleName(), e);
        }
    }

    /** Calls the bean's no-argument method {@code name} (a {@code @PostConstruct} or {@code @PreDestroy}). */
    public static void call(Object bean, String name) {
        try {
            Method m = bean.getClass().getDeclaredMethod(name);
            m.setAccessible(true);
            m.invoke(bean);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(name + " of " + bean.getClass().getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(
                    "cannot call " + name + " on " + bean.getClass().getSimpleName(), e);
        }
    }
}
