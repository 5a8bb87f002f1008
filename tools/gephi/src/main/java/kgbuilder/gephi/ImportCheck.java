package kgbuilder.gephi;

import java.awt.Color;
import java.io.File;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ContainerUnloader;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports GraphML or GEXF files with the real Gephi toolkit, headless, and prints one JSON
 * object: for each file the container's view (what the importer parsed, the edge-merge strategy
 * Gephi would use by default) and the workspace's view after Gephi's DefaultProcessor (counts,
 * issues, columns with types, dynamic timeline). Several files share one JVM start-up.
 *
 * Usage: ImportCheck [--no-merge] FILE...
 *   --no-merge  set the merge strategy to NO_MERGE before processing (default: Gephi's own).
 */
public final class ImportCheck {

    private ImportCheck() {
    }

    public static void main(String[] args) {
        boolean noMerge = false;
        List<File> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--no-merge")) {
                noMerge = true;
            } else {
                files.add(new File(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: ImportCheck [--no-merge] FILE...");
            System.exit(2);
        }
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        GraphController graphs = Lookup.getDefault().lookup(GraphController.class);
        projects.newProject();

        StringBuilder out = new StringBuilder("{\"files\": [");
        boolean ok = true;
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Workspace workspace = projects.newWorkspace(projects.getCurrentProject());
            projects.openWorkspace(workspace);
            try {
                out.append(check(files.get(i), noMerge, importer, graphs, workspace));
            } catch (Exception e) {
                ok = false;
                out.append("{\"file\": ").append(str(files.get(i).getPath()))
                   .append(", \"error\": ").append(str(e.toString())).append("}");
            }
        }
        out.append("]}");
        System.out.println(out);
        System.exit(ok ? 0 : 1);
    }

    private static String check(File file, boolean noMerge, ImportController importer,
                                GraphController graphs, Workspace workspace) throws Exception {
        Container container = importer.importFile(file);
        if (container == null) {
            throw new IllegalArgumentException("no Gephi importer accepted " + file);
        }
        ContainerUnloader unloader = container.getUnloader();
        EdgeMergeStrategy defaultMerge = unloader.getEdgesMergeStrategy();
        if (noMerge) {
            container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        }
        StringBuilder json = new StringBuilder("{");
        json.append("\"file\": ").append(str(file.getPath()));
        json.append(", \"container\": {")
            .append("\"nodes\": ").append(unloader.getNodeCount())
            .append(", \"edges\": ").append(unloader.getEdgeCount())
            .append(", \"edge_default\": ").append(str(String.valueOf(unloader.getEdgeDefault())))
            .append(", \"default_edge_merge_strategy\": ").append(str(String.valueOf(defaultMerge)))
            .append(", \"edge_merge_strategy\": ")
            .append(str(String.valueOf(unloader.getEdgesMergeStrategy())))
            .append(", \"allow_parallel_edges\": ").append(unloader.allowParallelEdges())
            .append(", \"multigraph\": ").append(container.isMultiGraph())
            .append(", \"dynamic\": ").append(container.isDynamicGraph())
            .append(", \"dynamic_attributes\": ").append(container.hasDynamicAttributes())
            .append(", \"time_format\": ").append(str(String.valueOf(unloader.getTimeFormat())))
            .append(", \"time_representation\": ")
            .append(str(String.valueOf(unloader.getTimeRepresentation())))
            .append("}");

        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = graphs.getGraphModel(workspace);
        json.append(", \"graph\": {")
            .append("\"nodes\": ").append(model.getGraph().getNodeCount())
            .append(", \"edges\": ").append(model.getGraph().getEdgeCount())
            .append(", \"directed\": ").append(model.isDirected())
            .append(", \"multigraph\": ").append(model.isMultiGraph())
            .append(", \"edge_types\": ").append(model.getEdgeTypeCount())
            .append(", \"dynamic\": ").append(model.isDynamic())
            .append(", \"time_format\": ").append(str(String.valueOf(model.getTimeFormat())))
            .append(", \"time_representation\": ").append(str(String.valueOf(
                model.getConfiguration().getTimeRepresentation())))
            .append(", \"time_bounds\": ").append(bounds(model.getTimeBounds()))
            .append(", ").append(elements(model.getGraph()))
            .append("}");
        // Issues are read after processing: the processor logs its own (merges, type clashes).
        json.append(", \"issues\": [");
        boolean first = true;
        for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
            json.append(first ? "" : ", ")
                .append("{\"level\": ").append(str(issue.getLevel().name()))
                .append(", \"message\": ").append(str(issue.getMessage())).append("}");
            first = false;
        }
        json.append("]");
        json.append(", \"node_columns\": ").append(columns(model.getNodeTable()));
        json.append(", \"edge_columns\": ").append(columns(model.getEdgeTable()));
        return json.append("}").toString();
    }

    /** What Gephi made of labels, weights and viz data. */
    private static String elements(Graph graph) {
        int labelledNodes = 0;
        int labelledEdges = 0;
        double weightSum = 0;
        double minSize = Double.POSITIVE_INFINITY;
        double maxSize = Double.NEGATIVE_INFINITY;
        Set<String> nodeColors = new TreeSet<>();
        Set<String> edgeColors = new TreeSet<>();
        for (Node node : graph.getNodes()) {
            labelledNodes += node.getLabel() != null && !node.getLabel().isEmpty() ? 1 : 0;
            minSize = Math.min(minSize, node.size());
            maxSize = Math.max(maxSize, node.size());
            nodeColors.add(hex(node.getColor()));
        }
        for (Edge edge : graph.getEdges()) {
            labelledEdges += edge.getLabel() != null && !edge.getLabel().isEmpty() ? 1 : 0;
            weightSum += edge.getWeight();
            if (edge.alpha() != 0) {  // alpha 0: no colour of its own, drawn like its source
                edgeColors.add(hex(edge.getColor()));
            }
        }
        return "\"labelled_nodes\": " + labelledNodes + ", \"labelled_edges\": " + labelledEdges
            + ", \"weight_sum\": " + weightSum
            + ", \"node_size\": " + (graph.getNodeCount() == 0 ? "null" : "[" + minSize + ", " + maxSize + "]")
            + ", \"node_colors\": " + strings(nodeColors)
            + ", \"edge_colors\": " + strings(edgeColors);
    }

    private static String hex(Color color) {
        return String.format("#%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }

    private static String strings(Set<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            json.append(json.length() > 1 ? ", " : "").append(str(value));
        }
        return json.append("]").toString();
    }

    private static String columns(Table table) {
        StringBuilder json = new StringBuilder("[");
        boolean first = true;
        for (Column column : table) {
            json.append(first ? "" : ", ")
                .append("{\"id\": ").append(str(column.getId()))
                .append(", \"title\": ").append(str(column.getTitle()))
                .append(", \"type\": ").append(str(column.getTypeClass().getSimpleName()))
                .append(", \"property\": ").append(column.isProperty())
                .append(", \"dynamic\": ").append(column.isDynamic()).append("}");
            first = false;
        }
        return json.append("]").toString();
    }

    private static String bounds(Interval interval) {
        if (interval == null || Double.isInfinite(interval.getLow())
            || Double.isInfinite(interval.getHigh())) {
            return "null";
        }
        return "[" + str(Instant.ofEpochMilli((long) interval.getLow()).toString()) + ", "
            + str(Instant.ofEpochMilli((long) interval.getHigh()).toString()) + "]";
    }

    /** JSON string literal. */
    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
