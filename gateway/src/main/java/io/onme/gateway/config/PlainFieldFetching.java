package io.onme.gateway.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Reads plain properties of the gateway's GraphQL model directly instead of through SmallRye GraphQL's
 * {@link FieldDataFetcher}, which, for every field of every object (a dashboard of 20 encounters reads ~400), first
 * fills SmallRye's per-field {@code Context}: the field's selected sub-fields built twice as JSON arrays, its path as
 * a string, its arguments. Nothing in the gateway reads that context (the resolvers take their arguments and
 * {@code @Source} lists as parameters), and it was ~9 % of the gateway's CPU under load. The getter is called as a
 * graphql-java {@link LightDataFetcher}, so graphql-java does not build a {@link DataFetchingEnvironment} for it
 * either.
 *
 * <p>Only properties that need nothing but the getter call are replaced: a public getter (or record accessor) named
 * after the GraphQL field, with no annotation other than {@code @NonNull}, {@code @Id}, {@code @Description}, of a
 * model class ({@code io.onme.gateway.api.model}), returning a string, a number SmallRye does not format, a
 * boolean, an enum, another model class or a list of those. Anything SmallRye might transform or adapt (dates,
 * {@code BigDecimal}, maps, {@code @Name}, format or adapter annotations) keeps SmallRye's fetcher, as does every
 * resolver method ({@code @Source} fields, queries, mutations).
 */
final class PlainFieldFetching {

    static final String MODEL_PACKAGE = "io.onme.gateway.api.model";

    private static final Set<Class<? extends Annotation>> SCHEMA_ONLY = Set.of(NonNull.class, Id.class,
            Description.class);
    private static final Set<Class<?>> PLAIN_VALUES = Set.of(String.class, Integer.class, int.class, Long.class,
            long.class, Boolean.class, boolean.class, Double.class, double.class, Float.class, float.class);

    private PlainFieldFetching() {
    }

    /**
     * The fetcher to register for this field: for SmallRye's property fetcher, one that calls the getter wherever
     * the source object has a plain one and SmallRye's fetcher elsewhere; any other fetcher as it is.
     */
    static DataFetcher<?> of(DataFetcher<?> dataFetcher, String field) {
        return dataFetcher instanceof FieldDataFetcher<?> ? new GetterFirst(dataFetcher, field) : dataFetcher;
    }

    /** The getter that alone produces this field's value, or null when SmallRye's fetcher must stay. */
    static Method plainGetter(Class<?> owner, String field) {
        return plainGetter(owner, field, MODEL_PACKAGE);
    }

    static Method plainGetter(Class<?> owner, String field, String modelPackage) {
        if (!owner.getName().startsWith(modelPackage + ".") || !Modifier.isPublic(owner.getModifiers())) {
            return null;
        }
        Method getter = owner.isRecord() ? method(owner, field) : null;
        if (getter == null) {
            getter = method(owner, "get" + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1));
        }
        if (getter == null || !schemaOnly(getter.getAnnotations()) || !plain(getter.getGenericReturnType())) {
            return null;
        }
        try {
            // a record component's annotations may sit on its field only (format annotations target fields)
            if (!schemaOnly(owner.getDeclaredField(field).getAnnotations())) {
                return null;
            }
        } catch (NoSuchFieldException noField) {
            // a computed property: the getter's own annotations were checked
        }
        return getter;
    }

    private static Method method(Class<?> owner, String name) {
        try {
            Method method = owner.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    private static boolean schemaOnly(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (!SCHEMA_ONLY.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getRawType() == List.class && plain(parameterized.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> value)) {
            return false;
        }
        return PLAIN_VALUES.contains(value) || value.isEnum()
                || (value.getName().startsWith(MODEL_PACKAGE + ".") && !value.isInterface());
    }

    /**
     * One field's fetcher: the source class's plain getter, looked up once per class, else SmallRye's fetcher. What
     * the getter throws reaches graphql-java as SmallRye's fetcher would pass it on.
     */
    static final class GetterFirst implements LightDataFetcher<Object> {

        private final DataFetcher<?> smallRyes;
        private final ClassValue<Optional<Method>> getters;

        private GetterFirst(DataFetcher<?> smallRyes, String field) {
            this.smallRyes = smallRyes;
            this.getters = new ClassValue<>() {
                @Override
                protected Optional<Method> computeValue(Class<?> owner) {
                    Method getter = plainGetter(owner, field);
                    if (getter != null) {
                        // a public getter of a public class: accessible anyway, but Method.invoke would verify that
                        // on every call (2 % of the gateway's CPU in a dashboard profile)
                        getter.setAccessible(true);
                    }
                    return Optional.ofNullable(getter);
                }
            };
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            Method getter = source == null ? null : getters.get(source.getClass()).orElse(null);
            if (getter == null) {
                return smallRyes.get(environment.get());
            }
            try {
                return getter.invoke(source);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause() instanceof Exception cause ? cause : thrown;
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }
}
