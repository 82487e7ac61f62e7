/**
 * Code generation with JavaPoet: the importer from workflow descriptors to Java source, and the generator of
 * the typed integration bindings.
 *
 * <ul>
 *   <li>{@link dev.cortexflow.codegen.WorkflowImporter} turns YAML/JSON descriptors (files, folders, or workflows
 *       already read) into one {@code WorkflowSource} class per workflow, written with the fluent DSL, typed
 *       references and the bindings; {@link dev.cortexflow.codegen.ImportResult} holds the sources and
 *       {@link dev.cortexflow.codegen.ImportWarning}s and writes them under a source root.
 *   <li>{@link dev.cortexflow.codegen.BindingGenerator} writes {@code dev.cortexflow.integrations.<namespace>.*}
 *       from the catalogue {@code integrations.yaml} bundled with this module.
 *   <li>{@link dev.cortexflow.codegen.CodegenException} names the input file and JSON pointer of a failure.
 * </ul>
 *
 * <pre class="compilable">{@code
 * WorkflowImporter.builder().packageName("com.acme.workflows").build()
 *     .importPaths(List.of(Path.of("workflows")))
 *     .writeTo(Path.of("src/main/java"), false);
 * }</pre>
 */
package dev.cortexflow.codegen;
