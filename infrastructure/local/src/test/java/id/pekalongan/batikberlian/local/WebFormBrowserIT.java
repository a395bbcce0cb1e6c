package id.pekalongan.batikberlian.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web form in a real headless Chromium against the local stack with its sample data: what a clerk or a worker
 * types, and what the page then shows. Chromium and chromedriver are required (CI installs them): without them the
 * test fails and says so, rather than passing by skipping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFormBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("batik.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("batik.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private LocalStackProcess stack;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeAll
    void start() throws Exception {
        assertThat(CHROMIUM).as("Chromium is needed for the browser tests: apt-get install chromium").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver is needed for the browser tests: apt-get install chromium-driver")
                .isExecutable();
        stack = LocalStackProcess.start(Files.createTempDirectory("browser-it-data"));
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void openForm() {
        browser.manage().window().setSize(new Dimension(1200, 1000));
        browser.get(base() + "/");
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reg-kelurahan option[value]")));
    }

    @Test
    void thePageIsIndonesianAndEveryFieldHasALabel() throws Exception {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        List<WebElement> fields = browser.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"));
        assertThat(fields).isNotEmpty();
        for (WebElement f : fields) {
            String id = f.getAttribute("id");
            boolean labelled = (id != null && !id.isEmpty()
                    && !browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty())
                    || !f.findElements(By.xpath("ancestor::label")).isEmpty();
            assertThat(labelled).as("field %s has a label", id != null ? id : f.getAttribute("name")).isTrue();
        }
        // Phone width: the status form still fits without sideways scrolling.
        browser.manage().window().setSize(new Dimension(360, 800));
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no horizontal scrolling at 360px").isLessThanOrEqualTo(0);
        screenshot("form-phone.png");
    }

    @Test
    void aMalformedNikIsShownNextToItsField() {
        browser.findElement(By.id("status-nik")).sendKeys("12345");
        browser.findElement(By.id("status-birthDate")).sendKeys(dateKeys("1964-07-14"));
        browser.findElement(By.cssSelector("#form-status button[type=submit]")).click();
        WebElement error = browser.findElement(By.id("status-nik-error"));
        wait.until(d -> !error.getText().isBlank());
        assertThat(error.getText()).contains("16 angka");
        assertThat(browser.findElement(By.id("status-nik")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void anUnknownNikAndAWrongBirthDateBothShowNotFound() throws Exception {
        // 9999 is a serial no sample row uses; the second NIK is a sample row (Wahyudi, kauman-tahap-2.csv) with a
        // birth date that is not his: both must read exactly alike.
        for (String nik : List.of("3375021407649999", "3375021407640008")) {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("status-nik")));
            browser.findElement(By.id("status-nik")).sendKeys(nik);
            browser.findElement(By.id("status-birthDate")).sendKeys(dateKeys("1990-01-01"));
            browser.findElement(By.cssSelector("#form-status button[type=submit]")).click();
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-not-found")));
            assertThat(card.getText()).containsIgnoringCase("tidak ditemukan");
        }
        screenshot("form.png");
    }

    @Test
    void aJkmDeathSimulationShowsTheLumpSumAndTheScholarship() throws Exception {
        browser.findElement(By.id("tab-claim")).click();
        new Select(browser.findElement(By.id("claim-type"))).selectByValue("JKM_DEATH");
        browser.findElement(By.id("claim-incidentDate")).sendKeys(dateKeys("2025-03-10"));
        browser.findElement(By.id("claim-contributionMonths")).sendKeys("36");
        browser.findElement(By.id("add-child")).click();
        List<WebElement> births = browser.findElements(By.name("child-birthDate"));
        List<WebElement> levels = browser.findElements(By.name("child-level"));
        assertThat(births).hasSize(2);
        births.get(0).sendKeys(dateKeys("2015-02-01"));
        new Select(levels.get(0)).selectByValue("TK_SD");
        births.get(1).sendKeys(dateKeys("2008-06-01"));
        new Select(levels.get(1)).selectByValue("SMA");
        browser.findElement(By.cssSelector("#form-claim button[value=simulate]")).click();
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-total-cash")));
        assertThat(total.getText()).isEqualTo("Rp42.000.000");
        String scholarship = browser.findElement(By.id("claim-scholarship")).getText();
        assertThat(scholarship).startsWith("Rp").isNotEqualTo("Rp0");
        assertThat(browser.findElement(By.id("claim-breakdown")).getText()).contains("SCHOLARSHIP");
        screenshot("claim.png");
    }

    @Test
    void theLocalTokenSignsInAndTheDashboardDrawsItsCharts() throws Exception {
        browser.findElement(By.id("tab-dashboard")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "Masuk sebagai petugas"));

        browser.findElement(By.id("tab-signin")).click();
        WebElement local = browser.findElement(By.id("local-token"));
        assertThat(local.isDisplayed()).as("offered when the form is served from 127.0.0.1").isTrue();
        local.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Masuk sebagai petugas-lokal"));
        assertThat(browser.findElement(By.id("who")).getText()).contains("staff");
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('batik.token')"))
                .asString().contains(".");

        browser.findElement(By.id("tab-dashboard")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-burndown svg")));
        for (String chart : List.of("chart-kelurahan", "chart-premiums", "chart-burndown")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " svg"))).as(chart).hasSize(1);
        }
        assertThat(browser.findElement(By.id("coverage-statement")).getText()).contains("40.000", "50.000");
        browser.manage().window().setSize(new Dimension(1200, 2200));
        screenshot("dashboard.png");
        browser.manage().window().setSize(new Dimension(1200, 1000));

        // A pasted token that is not a JWT is refused next to the field.
        browser.findElement(By.id("tab-signin")).click();
        browser.findElement(By.id("signin-token")).sendKeys("bukan-token");
        browser.findElement(By.cssSelector("#form-signin button[type=submit]")).click();
        assertThat(browser.findElement(By.id("signin-token-error")).getText()).contains("JWT");
        browser.findElement(By.id("signout")).click();
        assertThat(browser.findElement(By.id("who")).getText()).contains("Belum masuk");
    }

    @Test
    void registeringWithoutATokenAsksToSignIn() {
        browser.findElement(By.id("tab-register")).click();
        browser.findElement(By.id("reg-nik")).sendKeys("3375021407640008");
        browser.findElement(By.id("reg-name")).sendKeys("Wahyudi");
        browser.findElement(By.id("reg-birthDate")).sendKeys(dateKeys("1964-07-14"));
        new Select(browser.findElement(By.id("reg-sex"))).selectByValue("L");
        browser.findElement(By.id("reg-occupation")).sendKeys("Kuli panggul");
        new Select(browser.findElement(By.id("reg-kelurahan"))).selectByIndex(1);
        assertThat(browser.findElement(By.id("reg-kecamatan")).getAttribute("value")).isNotBlank();
        browser.findElement(By.cssSelector("#form-register button[type=submit]")).click();
        WebElement error = browser.findElement(By.cssSelector("#form-register .form-error"));
        wait.until(d -> !error.getText().isBlank());
        assertThat(error.getText()).containsIgnoringCase("masuk");
    }

    /** Chromium's date input takes the digits in the locale's order; the headless default is en-US (mm/dd/yyyy). */
    private void signInLocally() {
        browser.findElement(By.id("tab-signin")).click();
        browser.findElement(By.id("local-token")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Masuk sebagai petugas-lokal"));
    }

    @Test
    void aClerksFileIsUploadedAndItsReportShownRowByRow() throws Exception {
        signInLocally();
        browser.findElement(By.id("tab-upload")).click();
        new Select(browser.findElement(By.id("up-kelurahan"))).selectByValue("33.75.02.1004");
        Path csv = Files.createTempFile("daftar-kauman", ".csv");
        Files.writeString(csv, "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n"
                + "3375021509810044,Tarmuji,15/09/1981,L,Kuli panggul\n"
                + "3.37502E+15,Rusak,01/01/1980,L,Kuli panggul\n");
        browser.findElement(By.id("up-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#form-upload button[type=submit]")).click();
        WebDriverWait slow = new WebDriverWait(browser, java.time.Duration.ofSeconds(90));
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "diterima: 1"));
        String result = browser.findElement(By.id("upload-result")).getText();
        assertThat(result).contains("ditolak: 1").contains("NIK_DAMAGED");
        screenshot("upload.png");
    }

    @Test
    void aWorkerIsRegisteredThroughTheForm() {
        signInLocally();
        browser.findElement(By.id("tab-register")).click();
        browser.findElement(By.id("reg-nik")).sendKeys("3375034403860021");
        browser.findElement(By.id("reg-name")).sendKeys("Sri Rahayu");
        browser.findElement(By.id("reg-birthDate")).sendKeys(dateKeys("1986-03-04"));
        new Select(browser.findElement(By.id("reg-sex"))).selectByValue("P");
        browser.findElement(By.id("reg-occupation")).sendKeys("Buruh batik");
        new Select(browser.findElement(By.id("reg-kelurahan"))).selectByValue("33.75.03.1004");
        browser.findElement(By.cssSelector("#panel-register button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-register"), "Pendaftaran diterima"));
        assertThat(browser.findElement(By.id("panel-register")).getText()).contains("3375********0021")
                .doesNotContain("3375034403860021");
    }

    private static String dateKeys(String iso) {
        String[] p = iso.split("-");
        return p[1] + p[2] + p[0];
    }

    private String base() {
        return "http://127.0.0.1:" + stack.apiPort;
    }

    private void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
