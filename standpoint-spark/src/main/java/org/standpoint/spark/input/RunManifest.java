package org.standpoint.spark.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.standpoint.ingest.manifest.Manifest;

/**
 * The manifests of a run as {@code standpoint analyze} applies them: the input folder's own
 * {@code manifest.csv}, overridden by {@code --manifest}. Read once on the driver through Hadoop's file system
 * and shipped as bytes, then parsed where the files are read.
 *
 * @param folder the input folder's {@code manifest.csv}, or null
 * @param given the {@code --manifest} file, or null
 */
public record RunManifest(ManifestFile folder, ManifestFile given) implements Serializable {
    /** A manifest file's name and content. */
    public record ManifestFile(String path, byte[] content) implements Serializable {
        Manifest parse() {
            try (InputStream in = new ByteArrayInputStream(content)) {
                return LocalCopy.read(new Path(path).getName(), in, Manifest::read);
            } catch (IOException e) {
                throw new IllegalStateException("cannot copy manifest " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * @param input the input folder or file
     * @param manifest the {@code --manifest} path or URI, or null
     */
    public static RunManifest read(Configuration conf, String input, String manifest) throws IOException {
        Path folderManifest = new Path(input, Manifest.DEFAULT_NAME);
        FileSystem fs = folderManifest.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(new Path(input));
        boolean isFolder = matches != null && matches.length == 1 && matches[0].isDirectory();
        return new RunManifest(isFolder && fs.isFile(folderManifest) ? load(conf, folderManifest) : null,
                manifest == null ? null : load(conf, new Path(manifest)));
    }

    private static ManifestFile load(Configuration conf, Path path) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        try (InputStream in = fs.open(path)) {
            return new ManifestFile(fs.makeQualified(path).toString(), in.readAllBytes());
        }
    }

    /** The manifest that applies to every input file, with the problems of both files. */
    public Manifest parse() {
        Manifest g = given == null ? Manifest.empty() : given.parse();
        return folder == null ? g : folder.parse().overriddenBy(g);
    }
}
