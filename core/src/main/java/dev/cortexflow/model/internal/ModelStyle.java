package dev.cortexflow.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: JDK-only collections, depluralised adders ({@code addAction}),
 * {@code with…} copies and public {@code Immutable…} implementations with builders.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"outgoingAction:outgoingActions", "approvingTeamId:approvingTeamIds",
        "option:options", "optionsLabel:optionsLabels", "input:inputs", "inputOverride:inputOverrides",
        "branch:branches", "label:labels", "component:components", "field:fields", "type:types",
        "entityGroup:entityGroups", "excludedEntityGroup:excludedEntityGroups", "channel:channels",
        "extension:extensions", "header:headers", "variable:variables", "action:actions",
        "runRestrictionPolicy:runRestrictionPolicies"},
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface ModelStyle {}
