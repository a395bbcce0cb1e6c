package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Route;
import org.springframework.stereotype.Component;

/** {@code GET /uploads/template.csv|.xlsx}: public, since a blank list holds nobody's data. */
final class UploadTemplateRoutes {

    private static final String CSV = "text/csv; charset=utf-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UploadTemplateRoutes() {
    }

    static ApiResponse download(String contentType, byte[] body, String fileName) {
        return ApiResponse.of(200, contentType, body)
                .withHeader("content-disposition", "attachment; filename=\"" + fileName + "\"")
                .withHeader("cache-control", "public, max-age=3600");
    }

    @Component
    static class Csv implements Route {

        @Override
        public String routeKey() {
            return "GET /uploads/template.csv";
        }

        @Override
        public ApiResponse handle(ApiRequest request) {
            return download(CSV, UploadTemplate.csv(), "templat-daftar-batik-berlian.csv");
        }
    }

    @Component
    static class Xlsx implements Route {

        @Override
        public String routeKey() {
            return "GET /uploads/template.xlsx";
        }

        @Override
        public ApiResponse handle(ApiRequest request) {
            return download(XLSX, UploadTemplate.xlsx(), "templat-daftar-batik-berlian.xlsx");
        }
    }
}
