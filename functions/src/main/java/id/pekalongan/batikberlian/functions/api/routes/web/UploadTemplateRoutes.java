package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Route;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code GET /uploads/template.csv|.xlsx}: public, since a blank list holds nobody's data. */
@Configuration
class UploadTemplateRoutes {

    /** One rendering of the template, offered as a download. */
    record Download(String routeKey, String contentType, Supplier<byte[]> body, String fileName) implements Route {

        @Override
        public ApiResponse handle(ApiRequest request) {
            return ApiResponse.of(200, contentType, body.get())
                    .withHeader("content-disposition", "attachment; filename=\"" + fileName + "\"")
                    .withHeader("cache-control", "public, max-age=3600");
        }
    }

    @Bean
    Route uploadTemplateCsv() {
        return new Download("GET /uploads/template.csv", "text/csv; charset=utf-8", UploadTemplate::csv,
                "templat-daftar-batik-berlian.csv");
    }

    @Bean
    Route uploadTemplateXlsx() {
        return new Download("GET /uploads/template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", UploadTemplate::xlsx,
                "templat-daftar-batik-berlian.xlsx");
    }
}
