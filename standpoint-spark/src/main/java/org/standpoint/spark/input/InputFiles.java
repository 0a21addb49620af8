package org.standpoint.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.standpoint.ingest.ArticleSources;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.manifest.Manifest;
import scala.Tuple2;

/**
 * Reads the input files where they lie, with the same sources as {@code standpoint analyze} (text, HTML, JSON
 * Lines, WARC by file name), one task per group of files. Paths go through Hadoop's file system, so
 * {@code file:}, {@code hdfs://} and {@code s3a://} URIs and globs work; folders are walked recursively, and as
 * in {@code analyze} hidden files and {@code manifest.csv} files are not articles.
 */
public final class InputFiles {
    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";
    private static final ArticleSources SOURCES = ArticleSources.standard(IngestLimits.DEFAULT);

    private InputFiles() {
    }

    /** Whether {@code input} names at least one existing file or folder. */
    public static boolean exists(Configuration conf, String input) throws IOException {
        Path path = new Path(input);
        FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
        return matches != null && matches.length > 0;
    }

    /** Every record of every input file, each a document or a failure naming the file and place. */
    public static JavaRDD<Parsed> read(JavaSparkContext sc, String input, RunManifest manifest) {
        sc.hadoopConfiguration().setBoolean(RECURSIVE, true);
        return sc.binaryFiles(input, sc.defaultParallelism())
                .filter(f -> !new Path(f._1()).getName().equals(Manifest.DEFAULT_NAME))
                .mapPartitions(files -> parseAll(files, manifest.parse()));
    }

    private static Iterator<Parsed> parseAll(Iterator<Tuple2<String, PortableDataStream>> files, Manifest manifest) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, 0), false)
                .flatMap(f -> parse(f._1(), f._2(), manifest).stream()).iterator();
    }

    /** One file's records in file order; an unreadable file is one failure. */
    static List<Parsed> parse(String path, PortableDataStream data, Manifest manifest) {
        String name = new Path(path).getName();
        List<Parsed> out = new ArrayList<>();
        try (InputStream in = data.open()) {
            LocalCopy.read(name, in, file -> {
                SOURCES.read(List.of(file), manifest, r -> out.add(new Parsed(new DocKey(path, out.size()), r)));
                return out;
            });
        } catch (IOException | RuntimeException e) {
            out.add(new Parsed(new DocKey(path, out.size()), new SourceFailure(name, null, "cannot read: " + e)));
        }
        return out;
    }
}
