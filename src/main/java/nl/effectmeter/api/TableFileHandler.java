package nl.effectmeter.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import nl.effectmeter.api.format.ParquetFileFormat;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.store.PublishedFile;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;

/**
 * {@code /runs/{id}/tables/{table}.parquet} and {@code
 * /runs/{id}/tables/reference/{dataset}.parquet}: a published table as its one Parquet file, with
 * byte ranges, so that pyarrow, polars or DuckDB read it over HTTP. Never a quarantine or
 * disclosure table ({@link PublishedFile#isServed}).
 */
public final class TableFileHandler {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final RunRegistry registry;

  public TableFileHandler(RunRegistry registry) {
    this.registry = registry;
  }

  public void table(Context ctx) {
    serve(ctx, ctx.pathParam("table"));
  }

  public void reference(Context ctx) {
    serve(ctx, WarehouseLayout.REFERENCE + "/" + ctx.pathParam("dataset"));
  }

  private void serve(Context ctx, String table) {
    Manifest manifest = manifest(ctx.pathParam("id"));
    PublishedFile file =
        PublishedFile.find(registry.layout(), manifest, table)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "Run "
                            + manifest.runId()
                            + " serves no table "
                            + table
                            + "; accepted: "
                            + String.join(", ", PublishedFile.servedTables(manifest))));
    String etag = etag(file);
    ctx.disableCompression();
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", HTTP_DATE.format(file.modified()));
    ctx.header("Accept-Ranges", "bytes");
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Authorization");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      ctx.status(304);
      return;
    }
    String ifRange = ctx.header("If-Range");
    Optional<ByteRange> range =
        ifRange != null && !ifRange.trim().equals(etag)
            ? Optional.empty()
            : rangeOf(ctx, file.length());
    ctx.contentType(ParquetFileFormat.MEDIA_TYPE);
    long first = range.map(ByteRange::first).orElse(0L);
    long length = range.map(ByteRange::length).orElse(file.length());
    if (range.isPresent()) {
      ctx.status(206);
      ctx.header(
          "Content-Range", "bytes " + first + "-" + range.get().last() + "/" + file.length());
    }
    ctx.header("Content-Length", String.valueOf(length));
    if (ctx.method().equals(HandlerType.HEAD) || length == 0) {
      return;
    }
    ctx.result(file.open(first, first + length - 1));
  }

  private static Optional<ByteRange> rangeOf(Context ctx, long fileLength) {
    try {
      return ByteRange.parse(ctx.header("Range"), fileLength);
    } catch (ApiProblem e) {
      ctx.header("Content-Range", "bytes */" + fileLength);
      throw e;
    }
  }

  /** The run's manifest; {@code current} names the run served now. */
  private Manifest manifest(String id) {
    RunRegistry.Snapshot snapshot = registry.snapshot();
    if (id.equals("current")) {
      return snapshot
          .current()
          .map(Run::manifest)
          .orElseThrow(() -> ApiProblem.unavailable("No published run is loaded yet"));
    }
    return snapshot.manifest(id).orElseThrow(() -> ApiProblem.notFound("Unknown run " + id));
  }

  /** A strong ETag: the file's path, size and time of writing, hashed. */
  private static String etag(PublishedFile file) {
    try {
      String key = file.file() + "\n" + file.length() + "\n" + file.modified().toEpochMilli();
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
