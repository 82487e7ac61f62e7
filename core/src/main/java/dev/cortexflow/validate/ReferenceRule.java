package dev.cortexflow.validate;

import java.util.List;

/**
 * Every {@code actions.<slug>} reference names a block (UNKNOWN_ACTION_REFERENCE), and that block has run before
 * the block that reads it (NOT_UPSTREAM): an ERROR when it can never have run (it does not dominate the reader
 * and no path leads from it to the reader), a WARNING when it runs on only some paths to the reader. Response
 * templates are rendered after the run, so they may read any block.
 */
final class ReferenceRule implements ValidationRule {

  @Override
  public void checkReference(ValidationContext context, LocatedReference ref, List<Violation> out) {
    FoundReference r = ref.reference();
    if (r.kind() != FoundReference.Kind.ACTION) {
      return;
    }
    int writer = context.indexOf(r.name());
    if (writer < 0) {
      out.add(Violation.error(ViolationCode.UNKNOWN_ACTION_REFERENCE, ref.pointer(), context.reads(ref)
          + ", but no block has the slug '" + r.name() + "' (" + context.knownBlocks() + ")"));
    } else if (ref.blockIndex().isPresent()) {
      order(context, out, ref, writer);
    }
  }


  private static void order(ValidationContext context, List<Violation> out, LocatedReference ref, int writer) {
    BlockGraph graph = context.graph();
    int reader = ref.blockIndex().getAsInt();
    if (!graph.isOrdered() || !graph.isReachable(reader) || !graph.isReachable(writer)) {
      return; // CYCLE, NO_ROOT, MULTIPLE_ROOTS or UNREACHABLE already say what is wrong
    }
    String writerSlug = context.blocks().get(writer).slug();
    String readerSlug = context.blocks().get(reader).slug();
    if (writer == reader) {
      if (!ref.pointer().endsWith("/jsValidatorScript")) { // a form's validator checks the form's own values
        out.add(Violation.error(ViolationCode.NOT_UPSTREAM, ref.pointer(), context.reads(ref)
            + ", its own state, which exists only after it has run: read it in a later block"));
      }
    } else if (graph.alwaysRunsBefore(writer, reader)) {
      return;
    } else if (graph.reaches(writer, reader)) {
      out.add(Violation.warning(ViolationCode.NOT_UPSTREAM, ref.pointer(), context.reads(ref) + ", but '"
          + writerSlug + "' runs before '" + readerSlug + "' on only some paths, so the value may be missing:"
          + " read it only on the paths through '" + writerSlug + "'"));
    } else {
      out.add(Violation.error(ViolationCode.NOT_UPSTREAM, ref.pointer(), context.reads(ref) + ", but '"
          + writerSlug + "' never runs before '" + readerSlug + "': read it in a block that runs after '"
          + writerSlug + "'"));
    }
  }
}
