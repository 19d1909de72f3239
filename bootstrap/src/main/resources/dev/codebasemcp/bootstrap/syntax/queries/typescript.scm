(class_declaration name: (type_identifier) @name) @def.class
(abstract_class_declaration name: (type_identifier) @name) @def.class
(interface_declaration name: (type_identifier) @name) @def.interface
(enum_declaration name: (identifier) @name) @def.enum
(type_alias_declaration name: (type_identifier) @name) @def.type_alias
(method_definition name: [(property_identifier) (private_property_identifier)] @name) @def.method
(method_signature name: (property_identifier) @name) @def.method
(abstract_method_signature name: (property_identifier) @name) @def.method
(function_declaration name: (identifier) @name) @def.function
(function_signature name: (identifier) @name) @def.function
(generator_function_declaration name: (identifier) @name) @def.function
(lexical_declaration (variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression)])) @def.function
(variable_declaration (variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression)])) @def.function
(public_field_definition name: [(property_identifier) (private_property_identifier)] @name) @def.field
(property_signature name: (property_identifier) @name) @def.field
(enum_body [(property_identifier) @name @def.field (enum_assignment name: (property_identifier) @name) @def.field])
(internal_module name: (_) @name) @def.module
(module name: (_) @name) @def.module
