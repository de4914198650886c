package io.onme.gateway.fakes;

/**
 * Runs the fake services alone (for the load harness without the real stack): prints their URLs,
 * seeds {@code count} encounters for tenant {@code demo}, rep {@code demo-rep}, team {@code north},
 * and runs until killed.
 */
public final class FakeServicesMain {

    private FakeServicesMain() {
    }

    public static void main(String[] args) throws Exception {
        FakeServices services = new FakeServices();
        services.config().forEach((key, value) -> System.out.println(key + "=" + value));
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        String control = services.config().get("onme.test.fakes-url");
        var http = java.net.http.HttpClient.newHttpClient();
        http.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                                control
                                        + "/seed?tenant=demo&rep=demo-rep&team=north&count="
                                        + count))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        System.out.println("seeded " + count + " encounters for demo/demo-rep/north");
        Thread.currentThread().join();
    }
}
