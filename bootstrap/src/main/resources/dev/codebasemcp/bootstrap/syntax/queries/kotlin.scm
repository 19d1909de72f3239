(class_declaration "interface" (type_identifier) @name) @def.interface
(class_declaration (type_identifier) @name (enum_class_body)) @def.enum
(class_declaration (type_identifier) @name) @def.class
(object_declaration (type_identifier) @name) @def.class
(function_declaration (simple_identifier) @name) @def.function
(secondary_constructor "constructor" @name) @def.constructor
(property_declaration (variable_declaration (simple_identifier) @name)) @def.field
(class_parameter (binding_pattern_kind) (simple_identifier) @name) @def.field
(enum_entry (simple_identifier) @name) @def.field
(type_alias (type_identifier) @name) @def.type_alias
