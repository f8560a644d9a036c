package io.github.sfntestkit.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through ChromeDriver, both from Debian's packages ({@code chromium},
 * {@code chromium-driver}). Without them the browser tests are skipped, unless the system property
 * {@value #REQUIRED_KEY} or the environment variable {@value #REQUIRED_ENV} is {@code required} (CI
 * sets it), which makes them fail instead. Published in the module's test jar for the samples'
 * browser test of their own report.
 */
public final class Browser implements AutoCloseable {
  public static final String REQUIRED_KEY = "sfntestkit.browserTests";
  public static final String REQUIRED_ENV = "SFNTESTKIT_BROWSER_TESTS";
  public static final Path CHROMIUM = Path.of(System.getProperty("sfntestkit.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("sfntestkit.chromedriver", "/usr/bin/chromedriver"));

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /** Skips the calling test (or fails it when browser tests are required) when Chromium is missing. */
  public static void assumeAvailable() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && required()) {
      fail("Browser tests are required (-D" + REQUIRED_KEY + "=required or " + REQUIRED_ENV + "=required) but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: apt-get install -y chromium chromium-driver");
    }
    assumeTrue(present, () -> "headless Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER
        + "): apt-get install -y chromium chromium-driver, or -D" + REQUIRED_KEY + "=required to fail instead");
  }

  /** Whether a missing browser fails the tests: the system property or, as .ci/run sets it, the environment. */
  public static boolean required() {
    return "required".equals(System.getProperty(REQUIRED_KEY, System.getenv(REQUIRED_ENV)));
  }

  /** Starts Chromium with a fresh profile in {@code profileDir} and a window of the given size. */
  public static Browser start(Path profileDir, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a local file. */
  public void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /** Saves a PNG screenshot of the window. */
  public Path screenshot(Path png) {
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      return Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
