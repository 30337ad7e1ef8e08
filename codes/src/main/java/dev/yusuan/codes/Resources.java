package dev.yusuan.codes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * Resources that ship together, such as the bundled editions or the files of an edition
 * directory: the first is found through the class loader, the others are opened next to it, in
 * the same jar or directory. A class-loader lookup asks the JDK's own modules first, which costs a
 * cold start a search through every system module for each file; opening by URL does not. A
 * resource that cannot be opened next to the first is looked up through the class loader after
 * all, so the result is that of {@link CatalogLoader#readResource} whenever both find it.
 * Immutable and thread-safe. Package-private.
 */
final class Resources {
    private final Class<?> anchor;
    /** The URL of the resource root (ending with {@code /}), or null if it cannot be told. */
    private final String root;

    private Resources(Class<?> anchor, String root) {
        this.anchor = anchor;
        this.root = root;
    }

    /**
     * @param anchor a class of the module that holds the resources
     * @param first the path of one of them, from the resource root without a leading slash
     * @return the resources that lie where {@code first} is found
     */
    static Resources near(Class<?> anchor, String first) {
        URL url = anchor.getResource("/" + first);
        String root = null;
        if (url != null) {
            String text = url.toString();
            if (text.endsWith("/" + first)) {
                root = text.substring(0, text.length() - first.length());
            }
        }
        return new Resources(anchor, root);
    }

    /**
     * @param path a resource path from the resource root, without a leading slash
     * @return its content
     * @throws dev.yusuan.core.catalog.CatalogException if it cannot be found or read
     */
    byte[] read(String path) {
        if (root != null) {
            try (InputStream in = new URL(root + path).openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                // not next to the first one (or not readable there): ask the class loader
            }
        }
        return CatalogLoader.readResource(anchor, path);
    }

    @Override
    public String toString() {
        return "Resources[" + (root == null ? anchor.getName() : root) + "]";
    }
}
