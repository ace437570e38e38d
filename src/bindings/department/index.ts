// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DepartmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * Description of the department.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department#description Department#description}
  */
  readonly description?: string;
  /**
  * Name of the department.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department#name Department#name}
  */
  readonly name: string;
  /**
  * Id of the parent department; unset for a department at the top of the tree.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department#parent_id Department#parent_id}
  */
  readonly parentId?: number;
  /**
  * Order of the department among its siblings, from 0; the service fills it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department#position Department#position}
  */
  readonly position?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department mojohelpdesk_department}
*/
export class Department extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_department";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Department resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Department to import
  * @param importFromId The id of the existing Department that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Department to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_department", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/department mojohelpdesk_department} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DepartmentConfig
  */
  public constructor(scope: Construct, id: string, config: DepartmentConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_department',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._description = config.description;
    this._name = config.name;
    this._parentId = config.parentId;
    this._position = config.position;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // parent_id - computed: false, optional: true, required: false
  private _parentId?: number; 
  public get parentId() {
    return this.getNumberAttribute('parent_id');
  }
  public set parentId(value: number) {
    this._parentId = value;
  }
  public resetParentId() {
    this._parentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parentIdInput() {
    return this._parentId;
  }

  // position - computed: true, optional: true, required: false
  private _position?: number; 
  public get position() {
    return this.getNumberAttribute('position');
  }
  public set position(value: number) {
    this._position = value;
  }
  public resetPosition() {
    this._position = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get positionInput() {
    return this._position;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      name: cdktf.stringToTerraform(this._name),
      parent_id: cdktf.numberToTerraform(this._parentId),
      position: cdktf.numberToTerraform(this._position),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      parent_id: {
        value: cdktf.numberToHclTerraform(this._parentId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      position: {
        value: cdktf.numberToHclTerraform(this._position),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
